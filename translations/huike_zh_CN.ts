<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Huike::Contract</name>
    <message>
        <location filename="../shared/core/contract.cpp" line="66"/>
        <source>The instalment is in another currency than the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/contract.cpp" line="75"/>
        <source>Only one instalment can be the balance line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/contract.cpp" line="83"/>
        <location filename="../shared/core/contract.cpp" line="117"/>
        <source>The amounts are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/contract.cpp" line="92"/>
        <source>A contract belongs to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/contract.cpp" line="100"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/contract.cpp" line="105"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/contract.cpp" line="115"/>
        <source>The totals do not match the lines; recalculate the contract.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Huike::Enums</name>
    <message>
        <location filename="../shared/core/enums.cpp" line="23"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="24"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="25"/>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="26"/>
        <location filename="../shared/core/enums.cpp" line="58"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="28"/>
        <source>Level A (key account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="29"/>
        <source>Level B (major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="30"/>
        <source>Level C (ordinary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="31"/>
        <source>Level D (minor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="33"/>
        <source>End customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="34"/>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="35"/>
        <source>Public institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="37"/>
        <source>Micro (under 10 staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="38"/>
        <source>Small (10–99 staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="39"/>
        <source>Medium (100–499 staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="40"/>
        <source>Large (500–999 staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="41"/>
        <source>Enterprise (1000+ staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="43"/>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="44"/>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="45"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="46"/>
        <source>Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="47"/>
        <location filename="../shared/core/enums.cpp" line="76"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="49"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="50"/>
        <source>Sales director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="51"/>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="52"/>
        <source>Sales representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="53"/>
        <source>Contract clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="54"/>
        <source>Service agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="56"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="57"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="60"/>
        <location filename="../shared/core/enums.cpp" line="66"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="61"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="62"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="63"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="64"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="67"/>
        <source>In approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="68"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="69"/>
        <source>Executing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="70"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="71"/>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="73"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="74"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="75"/>
        <source>Bank acceptance draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="78"/>
        <source>Special VAT invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="79"/>
        <source>Ordinary VAT invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="81"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="82"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="83"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/enums.cpp" line="84"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Huike::Validation</name>
    <message>
        <location filename="../shared/core/activity.cpp" line="14"/>
        <source>An activity belongs to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/activity.cpp" line="23"/>
        <source>Write a subject or some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/activity.cpp" line="27"/>
        <source>A due date needs a next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/contact.cpp" line="14"/>
        <source>A contact belongs to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/contract.cpp" line="78"/>
        <source>The instalments add up to %1 but the contract amount is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/customer.cpp" line="33"/>
        <source>A postcode has six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/customer.cpp" line="41"/>
        <source>Not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../shared/core/customer.cpp" line="51"/>
        <source>At most %n tags.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../shared/core/customer.cpp" line="57"/>
        <source>A tag is 1 to %n characters and contains no comma.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../shared/core/department.cpp" line="39"/>
        <source>A department name cannot contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/department.cpp" line="44"/>
        <source>The path must end with the department&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/invoicerecord.cpp" line="15"/>
        <source>An invoice is recorded against a contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/invoicerecord.cpp" line="21"/>
        <source>An invoice number has 8 or 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/invoicerecord.cpp" line="26"/>
        <source>An invoice amount is more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/invoicerecord.cpp" line="31"/>
        <source>The tax is between zero and the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/lineitem.cpp" line="16"/>
        <source>Lines are numbered from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/opportunity.cpp" line="19"/>
        <source>An opportunity belongs to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/opportunity.cpp" line="25"/>
        <source>The probability is between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/opportunity.cpp" line="29"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/paymentplanline.cpp" line="15"/>
        <source>An instalment is more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/paymentrecord.cpp" line="14"/>
        <source>A payment is recorded against a contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/paymentrecord.cpp" line="19"/>
        <source>A payment is more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/product.cpp" line="20"/>
        <source>The price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/product.cpp" line="24"/>
        <source>Not a VAT rate in use (13, 9, 6, 5, 3, 1 or 0 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/quote.cpp" line="45"/>
        <source>A quote belongs to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/quote.cpp" line="51"/>
        <source>Revisions are numbered from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/quote.cpp" line="58"/>
        <source>A quote that is sent needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/quote.cpp" line="67"/>
        <source>The totals do not match the lines; recalculate the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/quote.cpp" line="72"/>
        <source>The amounts are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/user.cpp" line="21"/>
        <source>A login has 2 to 32 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/user.cpp" line="29"/>
        <source>A user cannot be their own manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../shared/core/validation.cpp" line="92"/>
        <source>At most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Huike::ValidationErrors</name>
    <message>
        <location filename="../shared/core/validation.cpp" line="82"/>
        <location filename="../shared/core/validation.cpp" line="142"/>
        <location filename="../shared/core/validation.cpp" line="156"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/validation.cpp" line="107"/>
        <source>Not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/validation.cpp" line="132"/>
        <source>Not a mainland mobile number (11 digits starting with 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/validation.cpp" line="146"/>
        <source>Not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared/core/validation.cpp" line="160"/>
        <source>Not a valid point in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
